"""What every page and dialog receives: services, the event bridge, the worker, dialogs.

See docs/ui-contract (notes) and docs/architecture.md, section "UI". Nothing here is a
global: the main window builds one UiContext and passes it to each page. The parts
live in their own modules: `bridge`, `worker`, `dialog_service`, and
`services_opening` (the services opening on the worker at start-up).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from lofte_desktop.ui.bridge import Bridge
from lofte_desktop.ui.dialog_service import DialogService
from lofte_desktop.ui.services_opening import BackgroundOpening, ServicesUnavailable
from lofte_desktop.ui.worker import Worker

if TYPE_CHECKING:
    from lofte_desktop.services.container import Services
    from lofte_desktop.services.first_paint import FirstPaint
    from lofte_desktop.services.settings_file import AppSettings


class UiContext:
    """Handed to every page and dialog: `services`, `bridge`, `worker`, `dialogs`.

    The app starts one way (ui/main.py, `build_opening_context`): the window is
    painted before the services exist, `quick` holds the first paint (what
    Översikt shows, when the file allows one), and the services open on the
    worker. Until they are `ready`, reading `services` waits for them (a
    fraction of a second); pages that can paint without them check `ready`
    first and wait for `bridge.servicesReady`. `build_context` wraps services
    that are already open (tests, benches).
    """

    def __init__(
        self,
        services: Services | None,
        bridge: Bridge,
        worker: Worker,
        dialogs: DialogService,
        *,
        settings: AppSettings | None = None,
        quick: FirstPaint | None = None,
    ) -> None:
        if services is None and settings is None:
            raise ValueError("a UiContext without services needs the settings")
        self._services = services
        self._settings = settings
        self._opening: BackgroundOpening | None = None
        self.bridge = bridge
        self.worker = worker
        self.dialogs = dialogs
        self.quick = quick
        #: Set by the main window; `navigate(key, **kwargs)` calls it.
        self.navigator: Callable[..., None] | None = None
        #: Set by the main window; switches the UI language ("sv" or "en").
        self.language_switcher: Callable[[str], None] | None = None
        self.extras: dict[str, Any] = {}

    # --- services ----------------------------------------------------------
    @property
    def ready(self) -> bool:
        return self._services is not None

    @property
    def services(self) -> Services:
        if self._services is not None:
            return self._services
        if self._opening is None:
            raise ServicesUnavailable("no services")
        self._opening.wait()
        services = self._services or self._opening.services
        assert services is not None
        return services

    def open_in_background(
        self,
        build: Callable[[], Services],
        recover: Callable[[BaseException], Services | None],
        *,
        gated: bool = False,
    ) -> None:
        """Builds the services on the worker, ahead of any other job. If that fails,
        `recover(error)` runs on the GUI thread (dialogs allowed) and returns the
        services or None; None means the app cannot go on, and it quits.
        `gated`: the build begins at `release_opening()` (after the first paint);
        reading `services` on the GUI thread before that releases it at once."""
        self._opening = BackgroundOpening(
            self.bridge, self.worker, build, recover, adopt=self._adopt, gated=gated
        )
        self._opening.start()

    def release_opening(self) -> None:
        """Lets a gated opening's build begin (see `open_in_background`)."""
        if self._opening is not None:
            self._opening.release()

    def _adopt(self, services: Services) -> None:
        self._services = services

    def close(self) -> None:
        """At the end of the app: stop re-emitting events, close the database."""
        self.bridge.detach()
        services = self._services
        if services is None and self._opening is not None:
            services = self._opening.services  # opened, but never taken
        if services is not None:
            services.close()

    # --- settings and language ----------------------------------------------
    @property
    def settings(self) -> AppSettings:
        if self._services is not None:
            return self._services.settings
        assert self._settings is not None
        return self._settings

    def agreement_name(self) -> str | None:
        """The active agreement's name, without waiting for the services."""
        if self._services is None and self.quick is not None:
            return self.quick.agreement.name
        svc = self.services
        return svc.agreement.agreement().name if svc.ctx.has_agreement() else None

    def navigate(self, key: str, **kwargs: Any) -> None:
        """Shows the page `key`; the page gets `kwargs` in `activate(**kwargs)`."""
        if self.navigator is not None:
            self.navigator(key, **kwargs)

    @property
    def language(self) -> str:
        return self.settings.language or "sv"

    def set_language(self, lang: str) -> None:
        if self.language_switcher is not None:
            self.language_switcher(lang)


def build_context(
    services: Services,
    *,
    dialogs: DialogService | None = None,
    synchronous: bool = False,
) -> UiContext:
    """A UiContext wired to services already open (tests and benches build them
    first); the worker reports errors through `dialogs`."""
    dlg = dialogs or DialogService()
    bridge = Bridge(services.events)
    worker = Worker(dlg.show_exception, synchronous=synchronous)
    return UiContext(services, bridge, worker, dlg)


def build_opening_context(
    settings: AppSettings,
    quick: FirstPaint | None,
    *,
    dialogs: DialogService | None = None,
) -> UiContext:
    """The app's UiContext at start-up (ui/main.py): no services yet, they open on
    the worker (`open_in_background`); `quick` is the first paint, if any."""
    dlg = dialogs or DialogService()
    worker = Worker(dlg.show_exception)
    return UiContext(None, Bridge(None), worker, dlg, settings=settings, quick=quick)
