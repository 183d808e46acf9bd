"""The one message catalog: every code the station refuses with, in English and Chinese.

``TEXTS[code]`` is ``(english, chinese)``; the placeholders name the parameters the raise
site gives (see ``app.core.messages`` for ``{param:terms}``). The English is the line the
log and an English terminal show; the Chinese is what the GUI and a Chinese terminal show,
with no id, state or role left in English. One module per area keeps each readable; a
test proves every code raised in ``app/`` is here with both texts and the same parameters.
"""

from app.core.catalog import cli, devices, forms, media, people, records, station
from app.core.catalog.terms import register_core_terms

TEXTS: dict[str, tuple[str, str]] = {
    **station.TEXTS,
    **people.TEXTS,
    **forms.TEXTS,
    **devices.TEXTS,
    **records.TEXTS,
    **media.TEXTS,
    **cli.TEXTS,
}

register_core_terms()
