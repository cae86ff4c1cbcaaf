// The timeline, enhanced: a mark opens a popover with the event (the page works the same without this file:
// marks lead to the list, zoom links and group marks narrow the years), and dragging across the chart zooms to
// the years dragged over, keeping the other filters. Self-hosted, no inline code: the strict CSP holds.
const figure = document.querySelector("figure.chart-timeline[data-first-year]");

if (figure) {
  const first = Number(figure.dataset.firstYear);
  const end = Number(figure.dataset.endYear); // 1 January after the last year drawn
  const popover = document.createElement("div");
  popover.className = "event-popover";
  popover.setAttribute("popover", "");
  popover.setAttribute("role", "dialog");
  document.body.append(popover);

  function showEvent(link) {
    // A mark of an event on another page of the list leads there, as without the script.
    const target = new URL(link.getAttribute("href"), window.location.href);
    if (target.pathname !== window.location.pathname || target.search !== window.location.search) return false;
    const item = document.getElementById(target.hash.slice(1));
    if (!item || typeof popover.showPopover !== "function") return false;
    popover.replaceChildren();
    for (const selector of [".event-date", "h3", "h3 + p, .fallback-note + p"]) {
      const part = item.querySelector(selector);
      if (part) {
        const copy = part.cloneNode(true);
        copy.querySelectorAll("sup.cite").forEach((mark) => mark.remove()); // numbers refer to the list below
        popover.append(copy);
      }
    }
    const actions = document.createElement("p");
    actions.className = "event-popover-actions";
    const inList = document.createElement("a");
    inList.href = target.hash;
    inList.textContent = figure.dataset.inList;
    inList.addEventListener("click", () => popover.hidePopover());
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = figure.dataset.close;
    close.addEventListener("click", () => popover.hidePopover());
    actions.append(inList, close);
    popover.append(actions);
    popover.setAttribute("aria-label", item.querySelector("h3")?.textContent ?? "");
    popover.showPopover();
    const box = link.getBoundingClientRect();
    const left = Math.min(Math.max(8, box.left), window.innerWidth - popover.offsetWidth - 8);
    const below = box.bottom + 8 + popover.offsetHeight < window.innerHeight;
    popover.style.left = `${left}px`;
    popover.style.top = `${below ? box.bottom + 8 : Math.max(8, box.top - popover.offsetHeight - 8)}px`;
    close.focus();
    return true;
  }

  figure.addEventListener("click", (event) => {
    const link = event.target.closest("a[href*='#event-']");
    if (link && figure.contains(link) && showEvent(link)) event.preventDefault();
  });

  // Drag to zoom: only where the page can be asked for years (the timeline page, not a bloc's chart).
  if (figure.dataset.zoom === "true") {
    const band = document.createElement("div");
    band.className = "zoom-band";
    band.hidden = true;
    figure.append(band);
    let track = null;
    let startX = 0;

    const yearAt = (x, rect) => first + ((x - rect.left) / rect.width) * (end - first);

    figure.addEventListener("pointerdown", (event) => {
      const target = event.target.closest(".chart-track, .chart-axis-track");
      if (!target || event.button !== 0 || event.target.closest("a")) return;
      track = target;
      startX = event.clientX;
      track.setPointerCapture(event.pointerId);
    });
    figure.addEventListener("pointermove", (event) => {
      if (!track) return;
      const rect = track.getBoundingClientRect();
      const figureBox = figure.getBoundingClientRect();
      const from = Math.max(rect.left, Math.min(startX, event.clientX));
      const to = Math.min(rect.right, Math.max(startX, event.clientX));
      band.hidden = to - from < 4;
      band.style.left = `${from - figureBox.left}px`;
      band.style.width = `${to - from}px`;
    });
    figure.addEventListener("pointercancel", () => {
      track = null;
      band.hidden = true;
    });
    figure.addEventListener("pointerup", (event) => {
      if (!track) return;
      const rect = track.getBoundingClientRect();
      track = null;
      band.hidden = true;
      if (Math.abs(event.clientX - startX) < 8) return; // a click, not a drag
      const a = Math.floor(yearAt(Math.min(startX, event.clientX), rect));
      const b = Math.floor(yearAt(Math.max(startX, event.clientX), rect) - 1e-9);
      const params = new URLSearchParams(window.location.search);
      params.delete("page"); // a zoom starts the list again
      params.delete("event");
      params.set("year_from", String(Math.max(first, a)));
      params.set("year_to", String(Math.min(end - 1, Math.max(a, b))));
      window.location.search = params.toString();
    });
  }
}
