"""Claim matching: each claim's text key (the same statement from another source is found by one lookup), the
claim a duplicate is the same as, and the suggestions a person confirms or rejects.

Existing claims get their text key here, a batch at a time.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from claims.matching import text_key

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, not a batch copy of the table: SQLite would drop and rebuild the claim table, and with it
    # the foreign keys pointing at it and the triggers of migration 0002.
    op.add_column("claim", sa.Column("text_key", sa.String(length=64), nullable=True))
    if op.get_bind().dialect.name == "sqlite":  # SQLite adds a column with its reference, Alembic will not
        op.execute("ALTER TABLE claim ADD COLUMN same_as INTEGER REFERENCES claim (id)")
    else:
        op.add_column("claim", sa.Column("same_as", sa.Integer(), sa.ForeignKey("claim.id"), nullable=True))
    op.create_index("ix_claim_text_key", "claim", ["text_key", "speaker_id"])
    op.create_index("ix_claim_same_as", "claim", ["same_as"])
    op.create_table(
        "match_suggestion",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("claim_id", sa.Integer(), sa.ForeignKey("claim.id"), nullable=False),
        sa.Column("candidate_id", sa.Integer(), sa.ForeignKey("claim.id"), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("decided_by", sa.String(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("claim_id", "candidate_id"),
    )
    op.create_index("ix_match_suggestion_claim_id", "match_suggestion", ["claim_id"])
    op.create_index("ix_match_suggestion_candidate_id", "match_suggestion", ["candidate_id"])
    op.create_index("ix_match_suggestion_state", "match_suggestion", ["state"])
    connection = op.get_bind()
    last = 0
    while True:
        rows = connection.execute(
            sa.text("SELECT id, text FROM claim WHERE id > :last ORDER BY id LIMIT 5000"), {"last": last}
        ).all()
        if not rows:
            break
        connection.execute(
            sa.text("UPDATE claim SET text_key = :key WHERE id = :id"),
            [{"id": claim_id, "key": text_key(text)} for claim_id, text in rows],
        )
        last = rows[-1][0]


def downgrade() -> None:
    op.drop_table("match_suggestion")
    op.drop_index("ix_claim_same_as", table_name="claim")
    op.drop_index("ix_claim_text_key", table_name="claim")
    op.drop_column("claim", "same_as")
    op.drop_column("claim", "text_key")
