"""The wall as slides: content per step kind, one fitting engine, one painter.

``content`` (plain data) -> ``kinds.layout`` (pure: positioned boxes on a canvas with the
screen's aspect ratio) -> ``paint`` (QPainter, any size). ``source`` reads the live step,
``feed`` hears the store, ``wall`` holds what the projector and the console's miniature show.
"""
