"""Channels: one approved message in the form of each channel — the loudspeaker script and its audio,
the portal article and Atom feed, banners and panels for print, LED frames, and a social post."""
