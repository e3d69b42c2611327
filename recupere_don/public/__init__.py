"""Pages for citizens: the map and the place detail pages."""
