"""The five forms: each field's declaration and rule, the typed values, what is derived from them,
and the one service that edits a row."""
