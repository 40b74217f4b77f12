"""Each alias keeps the sound key of its last word (names.sound_key), indexed, so that another spelling of a
surname ('Vitkof', 'Виткоф') finds the speaker ('Steve Witkoff') without a scan of the aliases.

Existing aliases are filled from their stored search key. A change to sound_key's rules needs a migration that
fills the column again.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

from claims.names import surname_sound

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("speaker_alias") as batch:
        batch.add_column(sa.Column("surname_sound", sa.String(), nullable=True))
        batch.create_index("ix_speaker_alias_surname_sound", ["surname_sound"])
    connection = op.get_bind()
    aliases = connection.execute(sa.text("SELECT id, key FROM speaker_alias")).all()
    if aliases:
        connection.execute(
            sa.text("UPDATE speaker_alias SET surname_sound = :sound WHERE id = :id"),
            [{"id": alias_id, "sound": surname_sound(key)} for alias_id, key in aliases],
        )


def downgrade() -> None:
    with op.batch_alter_table("speaker_alias") as batch:
        batch.drop_index("ix_speaker_alias_surname_sound")
        batch.drop_column("surname_sound")
