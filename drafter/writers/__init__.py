"""Writers turn one section request into a stream of text."""
