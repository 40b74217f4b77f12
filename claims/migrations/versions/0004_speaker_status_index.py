"""An index of claims by speaker and status: a report's per-speaker tallies count it without reading the claims.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_claim_speaker_status", "claim", ["speaker_id", "status"])


def downgrade() -> None:
    op.drop_index("ix_claim_speaker_status", table_name="claim")
