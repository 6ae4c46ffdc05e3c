package dev.fovea.app.desktop.screen;

import dev.fovea.app.desktop.backend.DesktopBackend;
import dev.fovea.app.desktop.backend.IndexingStatus;
import dev.fovea.app.desktop.background.BackgroundExecutor;
import dev.fovea.app.desktop.background.FxValueRelay;
import dev.fovea.app.desktop.grid.ThumbnailCache;
import dev.fovea.app.desktop.i18n.Texts;
import dev.fovea.app.desktop.preferences.SettingsKeeper;
import dev.fovea.app.desktop.system.Choosers;
import dev.fovea.app.desktop.system.SystemActions;
import dev.fovea.app.desktop.theme.ThemeSwitcher;
import dev.fovea.indexer.FoveaHome;

/**
 * What every screen of the app shares: the backends, the one background executor, the texts, settings,
 * theme, and the bridges to the operating system. Controllers get it in their constructor.
 */
public record DesktopContext(
        FoveaHome home,
        DesktopBackend backend,
        BackgroundExecutor executor,
        Texts texts,
        SettingsKeeper settings,
        ThemeSwitcher theme,
        ThumbnailCache thumbnails,
        FxValueRelay<IndexingStatus> indexing,
        SystemActions system,
        Choosers choosers) {}
