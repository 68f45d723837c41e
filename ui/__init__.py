"""PySide6 interface of pohsd (imported as `ui`, beside the Qt-free core `pohsd`)."""
