"""The article body: extraction, cleanup and rendering."""
