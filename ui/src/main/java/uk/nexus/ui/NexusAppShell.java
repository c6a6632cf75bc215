package uk.nexus.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page shell every view is rendered in: Lumo plus Nexus's own styles. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/nexus.css")
@Meta(name = "referrer", content = "no-referrer")
public class NexusAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Nexus");
    }
}
