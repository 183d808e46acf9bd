"""Evidence Station (执法记录管理工作站): the audio-visual record of a unit's field work."""

__version__ = "0.1.0"
