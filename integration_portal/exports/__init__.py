"""Downloads of the lists the site shows (CSV, JSON, XLSX) and citations of its pages (issue 15)."""
