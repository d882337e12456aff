"""billing, on a branch

Revision ID: 4d5e6f7a8b9c
Revises: 1a2b3c4d5e6f
"""
revision = '4d5e6f7a8b9c'
down_revision = '1a2b3c4d5e6f'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
