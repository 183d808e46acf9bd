"""The review player: exact frames from the frame index, smooth playback with sound by libvlc."""
