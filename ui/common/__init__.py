"""What every tab and dialog shares: the undo base, delegates and editors, the lazy view and
workspace listener, file dialogs, fonts and translations."""
