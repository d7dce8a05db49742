from vardlager.cli import app

app()
