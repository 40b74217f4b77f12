"""The first tables: sources, speakers with aliases, claims, appearances and status events.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _timestamp(name: str, *, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "source",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=True, unique=True),
        sa.Column("url", sa.String(), nullable=True, index=True),
        sa.Column("outlet", sa.String(), nullable=True),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        _timestamp("added_at"),
        sa.Column("text", sa.Text(), nullable=True),
    )
    op.create_table(
        "speaker",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("key", sa.String(), nullable=False, index=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("role", sa.String(), nullable=True),
        sa.Column("affiliation", sa.String(), nullable=True),
        sa.Column("wikidata", sa.String(32), nullable=True),
        _timestamp("created_at"),
    )
    op.create_table(
        "speaker_alias",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("speaker_id", sa.Integer(), sa.ForeignKey("speaker.id"), nullable=False, index=True),
        sa.Column("alias", sa.String(), nullable=False),
        sa.Column("key", sa.String(), nullable=False, index=True),
        sa.UniqueConstraint("speaker_id", "key"),
    )
    op.create_table(
        "claim",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("short_id", sa.String(16), nullable=False, unique=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("speaker_id", sa.Integer(), sa.ForeignKey("speaker.id"), nullable=False),
        sa.Column("source_id", sa.Integer(), sa.ForeignKey("source.id"), nullable=True, index=True),
        sa.Column("quote_type", sa.String(16), nullable=True),
        sa.Column("cue", sa.String(), nullable=True),
        sa.Column("channel", sa.String(), nullable=True),
        sa.Column("span_start", sa.Integer(), nullable=True),
        sa.Column("span_end", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(8), nullable=True, index=True),
        sa.Column("said_on", sa.Date(), nullable=True, index=True),
        sa.Column("due", sa.Date(), nullable=True, index=True),
        sa.Column("recorded_by", sa.String(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        _timestamp("created_at"),
        sa.Column("status", sa.String(64), nullable=False),
        _timestamp("status_at"),
        sa.Column("verdict", sa.String(64), nullable=True),
        _timestamp("verdict_at", nullable=True),
        sa.Column("event_count", sa.Integer(), nullable=False),
        sa.Column("head_hash", sa.String(64), nullable=True),
    )
    op.create_index("ix_claim_speaker_said", "claim", ["speaker_id", "said_on", "id"])
    op.create_index("ix_claim_status_said", "claim", ["status", "said_on"])
    op.create_table(
        "appearance",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("claim_id", sa.Integer(), sa.ForeignKey("claim.id"), nullable=False, index=True),
        sa.Column("source_id", sa.Integer(), sa.ForeignKey("source.id"), nullable=False, index=True),
        sa.Column("span_start", sa.Integer(), nullable=True),
        sa.Column("span_end", sa.Integer(), nullable=True),
        _timestamp("added_at"),
        sa.UniqueConstraint("claim_id", "source_id"),
    )
    op.create_table(
        "status_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("claim_id", sa.Integer(), sa.ForeignKey("claim.id"), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(64), nullable=False),
        sa.Column("rating_note", sa.String(), nullable=True),
        sa.Column("rationale", sa.Text(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("reviewer", sa.String(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("prev_hash", sa.String(64), nullable=True),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.UniqueConstraint("claim_id", "seq"),
    )


def downgrade() -> None:
    for table in ("status_event", "appearance", "claim", "speaker_alias", "speaker", "source"):
        op.drop_table(table)
