"""One speaker per canonical name: speaker.key becomes unique.

Two writers adding the same new speaker at once could each insert it; with a unique key one insert wins and the
other finds it. Speakers already duplicated are merged into the oldest: their claims and aliases move to it.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    duplicates = connection.execute(
        sa.text(
            "SELECT s.id, k.keep FROM speaker s JOIN (SELECT key, MIN(id) AS keep FROM speaker GROUP BY key "
            "HAVING COUNT(*) > 1) k ON s.key = k.key WHERE s.id <> k.keep"
        )
    ).all()
    for duplicate, keep in duplicates:
        connection.execute(
            sa.text("UPDATE claim SET speaker_id = :keep WHERE speaker_id = :dup"), {"keep": keep, "dup": duplicate}
        )
        connection.execute(
            sa.text(
                "DELETE FROM speaker_alias WHERE speaker_id = :dup AND key IN "
                "(SELECT key FROM speaker_alias WHERE speaker_id = :keep)"
            ),
            {"keep": keep, "dup": duplicate},
        )
        connection.execute(
            sa.text("UPDATE speaker_alias SET speaker_id = :keep WHERE speaker_id = :dup"),
            {"keep": keep, "dup": duplicate},
        )
        connection.execute(sa.text("DELETE FROM speaker WHERE id = :dup"), {"dup": duplicate})
    with op.batch_alter_table("speaker") as batch:
        batch.drop_index("ix_speaker_key")
        batch.create_index("ix_speaker_key", ["key"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("speaker") as batch:
        batch.drop_index("ix_speaker_key")
        batch.create_index("ix_speaker_key", ["key"], unique=False)
