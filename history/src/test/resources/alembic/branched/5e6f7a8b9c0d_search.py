"""search, on another branch

Revision ID: 5e6f7a8b9c0d
Revises: 1a2b3c4d5e6f
"""
revision = '5e6f7a8b9c0d'
down_revision = '1a2b3c4d5e6f'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
