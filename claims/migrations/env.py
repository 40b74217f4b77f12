"""Alembic environment: migrations run on the engine claims opened, never on a URL from a config file."""

from alembic import context

from claims.models import SQLModel

engine = context.config.attributes["engine"]
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=SQLModel.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
