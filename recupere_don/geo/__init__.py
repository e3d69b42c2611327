"""Geography: names, territory lookup, outlines, geocoding, and the folium map builder."""
