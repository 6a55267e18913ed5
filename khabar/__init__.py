"""khabar (खबर): turn piles of scraped Hindi and English news into trustworthy stories.

Pipeline, one way: ``sources`` → ``clean`` → ``analyse`` → ``cluster`` →
``synthesise`` → ``store`` → ``cli`` / ``web``.
"""

__version__ = "0.1.0"
