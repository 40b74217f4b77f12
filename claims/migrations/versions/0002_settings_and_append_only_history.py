"""Store-wide settings (the desk's status vocabulary), and the database itself refusing to change history.

Status events were append-only by the library's design from the start; this revision adds triggers so that an
UPDATE or DELETE of a status event fails in the database too, whoever issues it. (Someone with full access can
still drop the triggers: that is what the hash chain and `claims audit` are for.)

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_MESSAGE = "status_event is append-only: record a new event instead"


def upgrade() -> None:
    op.create_table(
        "setting",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER status_event_no_{action.lower()} BEFORE {action} ON status_event "
                f"BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END"
            )
    elif op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION status_event_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{_MESSAGE}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER status_event_append_only BEFORE UPDATE OR DELETE ON status_event "
            "FOR EACH ROW EXECUTE FUNCTION status_event_append_only()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER status_event_no_update")
        op.execute("DROP TRIGGER status_event_no_delete")
    elif op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER status_event_append_only ON status_event")
        op.execute("DROP FUNCTION status_event_append_only()")
    op.drop_table("setting")
