"""The pain-point priority matrix tab."""

from ui.matrix.matrix_tab import MatrixTab

__all__ = ["MatrixTab"]
