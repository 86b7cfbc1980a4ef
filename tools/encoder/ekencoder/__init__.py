"""EntityKit's encoder tier: training tooling for a MiniLM (BERT) token classifier on EntityKit's own tokens.

Training only: users of the EntityKit packages never need Python. See tools/encoder/README.md.
"""
