"""Which language the GUI speaks, and installing the translators for it.

Chinese (zh_CN) is the default and the shipped language; English is the source language of
the code. The choice is kept in ``QSettings`` and applies at the next start; the
``EVIDENCE_STATION_LANG`` variable (``en`` or ``zh_CN``) overrides it, for tests and support.
"""

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator

from app.core.resources import resource_path

log = logging.getLogger(__name__)

LANG_ENV = "EVIDENCE_STATION_LANG"
CHINESE = "zh_CN"
ENGLISH = "en"
LANGUAGES = (CHINESE, ENGLISH)
DEFAULT_LANGUAGE = CHINESE
SETTINGS_KEY = "ui/language"
TRANSLATION_NAME = "evidence_station"

# The translators stay referenced here: Qt does not own them, and one that is garbage
# collected silently stops translating.
_installed: list[QTranslator] = []
_current = [DEFAULT_LANGUAGE]


def current_language() -> str:
    """The language the installed translators speak."""
    return _current[0]


def saved_language() -> str:
    """The language chosen in the settings menu, or the default."""
    value = QSettings().value(SETTINGS_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(language: str) -> None:
    """Remember ``language`` for the next start."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    QSettings().setValue(SETTINGS_KEY, language)


def chosen_language() -> str:
    """The environment override when it names a known language, else the saved choice."""
    env = os.environ.get(LANG_ENV, "").strip()
    if env in LANGUAGES:
        return env
    if env:
        log.warning("%s=%r is not one of %s; ignored", LANG_ENV, env, ", ".join(LANGUAGES))
    return saved_language()


def install_translators(language: str) -> None:
    """Replace the installed translators with ours and Qt's own for ``language``."""
    remove_translators()
    _current[0] = language
    if language == ENGLISH:
        return
    ours = QTranslator()
    if ours.load(f"{TRANSLATION_NAME}_{language}", str(resource_path("translations"))):
        _install(ours)
    else:
        log.warning("no translation %s_%s in resources", TRANSLATION_NAME, language)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator()
    if qt_own.load(f"qtbase_{language}", qt_dir):
        _install(qt_own)


def _install(translator: QTranslator) -> None:
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)


def remove_translators() -> None:
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
