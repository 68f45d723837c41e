"""Services of an unlocked workspace: each call is one transaction with its audit rows."""
