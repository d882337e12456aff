"""jobs and tags

Revision ID: 3c4d5e6f7a8b
Revises: 2b3c4d5e6f7a
Create Date: 2024-06-03 11:45:00

"""
from alembic import op
import sqlalchemy as sa

revision = "3c4d5e6f7a8b"
down_revision = "2b3c4d5e6f7a"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('tag', sa.Column('name', sa.String(length=40), primary_key=True))


def downgrade():
    op.drop_table('tag')
