"""The whole schema: importing this loads every model module onto ``Base.metadata``.

Each feature keeps its models in a module of its own (``store/models.py`` holds the
foundation's); add the new module here so Alembic and the schema test see it.
"""

from app.store import devices, forms, models, recordings, review
from app.store.models import Base

__all__ = ["Base", "devices", "forms", "models", "recordings", "review"]
