"""Sample enterprise bundles with gold annotations, generated reproducibly.

``python -m corpora.build`` turns the specs under ``corpora/bundles/<name>/`` into bundle folders
under ``corpora/build/<name>/`` (git-ignored). See ``corpora/README.md``.
"""
