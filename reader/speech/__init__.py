"""Qt-free speech layer (engine interface, pyttsx3 worker, silent engine). Filled in by the speech issue."""
