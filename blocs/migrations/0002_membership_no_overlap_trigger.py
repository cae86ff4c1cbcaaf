"""The database's copy of Membership.clean(): no two periods of one status for a country in a bloc overlap.

An exclusion constraint would need the btree_gist extension, which the embedded server lacks, so a
trigger does it; it takes a transaction lock per country and bloc so concurrent writers cannot both pass.
"""

from django.db import migrations

CREATE = """
CREATE FUNCTION blocs_membership_no_overlap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('blocs_membership:' || NEW.country_id || ':' || NEW.bloc_id, 0));
    IF EXISTS (
        SELECT 1 FROM blocs_membership AS other
        WHERE other.country_id = NEW.country_id
          AND other.bloc_id = NEW.bloc_id
          AND other.status = NEW.status
          AND other.id <> NEW.id
          AND daterange(other.start, other."end", '[)') && daterange(NEW.start, NEW."end", '[)')
    ) THEN
        RAISE EXCEPTION 'membership periods overlap for country %, bloc %, status %',
            NEW.country_id, NEW.bloc_id, NEW.status
            USING ERRCODE = 'exclusion_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER blocs_membership_no_overlap
    BEFORE INSERT OR UPDATE ON blocs_membership
    FOR EACH ROW EXECUTE FUNCTION blocs_membership_no_overlap();
"""

DROP = """
DROP TRIGGER IF EXISTS blocs_membership_no_overlap ON blocs_membership;
DROP FUNCTION IF EXISTS blocs_membership_no_overlap();
"""


class Migration(migrations.Migration):
    dependencies = [("blocs", "0001_initial")]
    operations = [migrations.RunSQL(CREATE, DROP)]
