package dk.modningsportal.intervention.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.base.ui.Formats;
import dk.modningsportal.base.ui.Forms;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import dk.modningsportal.intervention.Intervention;
import dk.modningsportal.intervention.Material;
import dk.modningsportal.intervention.InterventionAuthoring;
import dk.modningsportal.intervention.InterventionAuthoring.Authoring;
import dk.modningsportal.intervention.InterventionAuthoring.ElementText;
import dk.modningsportal.intervention.InterventionAuthoring.Source;
import dk.modningsportal.intervention.InterventionAuthoring.Texts;
import dk.modningsportal.project.ui.RouteIds;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * Writing version 1.0 of a new project's intervention: its texts, core elements in order, or a start from
 * another project's intervention; then putting it into trial. Read-only once 1.0 is in trial.
 */
@Route("admin/projects/:projectId/intervention")
@RolesAllowed({"ADMIN", "CONSULTANT"})
class InterventionAuthoringView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField name = new TextField();
    final TextArea purpose = new TextArea();
    final TextArea targetGroup = new TextArea();
    final TextArea theoryOfChange = new TextArea();
    final Button saveTexts = new Button();
    final ComboBox<Source> source = new ComboBox<>();
    final Button copy = new Button();
    final Div elements = new Div();
    final TextField elementName = new TextField();
    final TextArea elementText = new TextArea();
    final Button addElement = new Button();
    final Button startTrial = new Button();
    Upload upload;
    private final InterventionAuthoring authoring;
    private long projectId;
    private Authoring current;

    InterventionAuthoringView(InterventionAuthoring authoring) {
        this.authoring = authoring;
        addClassName("portal-page");
        name.setLabel(getTranslation("authoring.name"));
        Forms.limit(name, Intervention.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        purpose.setLabel(getTranslation("authoring.purpose"));
        Forms.limit(purpose, Intervention.TEXT_MAX);
        targetGroup.setLabel(getTranslation("authoring.targetGroup"));
        Forms.limit(targetGroup, Intervention.TARGET_GROUP_MAX);
        theoryOfChange.setLabel(getTranslation("authoring.theoryOfChange"));
        Forms.limit(theoryOfChange, Intervention.TEXT_MAX);
        saveTexts.setText(getTranslation("action.save"));
        saveTexts.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveTexts.addClickListener(e -> act(() -> authoring.saveTexts(projectId, current.version(),
                new Texts(name.getValue(), purpose.getValue(), targetGroup.getValue(), theoryOfChange.getValue())),
                Map.of("name", name, "purpose", purpose, "targetGroup", targetGroup, "theoryOfChange", theoryOfChange)));
        source.setLabel(getTranslation("authoring.source"));
        source.setItemLabelGenerator(s -> s.interventionName() + " (" + s.projectName() + ")");
        copy.setText(getTranslation("authoring.copy"));
        copy.addClickListener(e -> act(() -> {
            if (source.getValue() == null) {
                throw new ValidationFailedException(Map.of("source", "validation.required"));
            }
            authoring.startFrom(projectId, source.getValue().projectId());
        }, Map.of("source", source)));
        elementName.setLabel(getTranslation("authoring.elementName"));
        Forms.limit(elementName, Intervention.NAME_MAX);
        elementText.setLabel(getTranslation("authoring.elementText"));
        Forms.limit(elementText, Intervention.TEXT_MAX);
        addElement.setText(getTranslation("authoring.addElement"));
        addElement.addClickListener(e -> act(() -> {
            authoring.addElement(projectId, elementName.getValue(), elementText.getValue());
            elementName.clear();
            elementText.clear();
        }, Map.of("elementName", elementName, "elementText", elementText)));
        startTrial.setText(getTranslation("authoring.startTrial"));
        startTrial.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        startTrial.addClickListener(e -> confirmStart());
        elements.addClassName("authoring-elements");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = RouteIds.id(event, "projectId", "error.projectRefused");
        show();
    }

    private void show() {
        current = authoring.authoring(projectId);
        removeAll();
        Texts texts = current.texts();
        name.setValue(texts.name());
        purpose.setValue(texts.purpose());
        targetGroup.setValue(texts.targetGroup());
        theoryOfChange.setValue(texts.theoryOfChange());
        boolean editable = current.editable();
        FormLayout form = Forms.responsiveLayout();
        form.add(name, 2);
        form.add(purpose, targetGroup);
        form.add(theoryOfChange, 2);

        Span status = new Span(current.firstVersionStatus() == null ? getTranslation("authoring.notStarted")
                : "1.0 · " + Formats.label(current.firstVersionStatus()));
        status.addClassName("portal-badge");
        FlexLayout heading = new FlexLayout(new H2(getTranslation("authoring.title", current.projectName())), status);
        heading.addClassName("portal-heading-row");
        add(new Anchor("admin/projects/" + projectId, "← " + current.projectName()), heading);
        if (!editable) {
            add(new Paragraph(getTranslation("authoring.readOnly")));
        }
        if (current.interventionId() == null && editable) {
            source.setItems(authoring.sources(projectId));
            FlexLayout copying = new FlexLayout(source, copy);
            copying.addClassName("portal-inline-form");
            add(section("authoring.startFromTitle", new Paragraph(getTranslation("authoring.startFromIntro")), copying));
        }
        add(section("authoring.texts", form, saveTexts));
        if (current.interventionId() != null) {
            elements.removeAll();
            int index = 0;
            for (ElementText element : current.elements()) {
                elements.add(element(element, index++, current.elements().size(), editable));
            }
            if (current.elements().isEmpty()) {
                elements.add(new Paragraph(getTranslation("authoring.noElements")));
            }
            FormLayout adding = Forms.responsiveLayout();
            adding.add(elementName, elementText);
            Div elementSection = section("authoring.elements", elements);
            if (editable) {
                elementSection.add(new H4(getTranslation("authoring.newElement")), adding, addElement);
            }
            add(elementSection);
            add(materialsSection(editable));
            if (editable) {
                add(section("authoring.trial", new Paragraph(getTranslation("authoring.trialIntro")), startTrial));
            }
        }
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {name, purpose, targetGroup, theoryOfChange}) {
            field.setReadOnly(!editable);
        }
        saveTexts.setVisible(editable);
    }

    private Div materialsSection(boolean editable) {
        Div list = new Div();
        authoring.materials(projectId).forEach(m -> list.add(new Paragraph(m.fileName() + " · "
                + Formats.dateTime(m.uploadedAt()))));
        if (list.getComponentCount() == 0) {
            list.add(new Paragraph(getTranslation("authoring.noMaterials")));
        }
        Div section = section("authoring.materials", list);
        if (editable) {
            upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                    act(() -> authoring.addMaterial(projectId, metadata.fileName(), bytes), Map.of())))));
            upload.setMaxFileSize((int) Material.MAX_BYTES);
            upload.setMaxFiles(1);
            upload.setAcceptedFileTypes(".pdf", ".docx", ".pptx", ".xlsx", ".png", ".jpg", ".jpeg", ".gif", ".webp");
            upload.addFileRejectedListener(e -> Forms.error(getTranslation("material.rejected", e.getFileName())));
            section.add(new Paragraph(getTranslation("intervention.uploadHelp")), upload);
        }
        return section;
    }

    private Component element(ElementText element, int index, int count, boolean editable) {
        Div item = new Div();
        item.addClassName("core-element");
        if (!editable) {
            item.add(new H4((index + 1) + ". " + element.name()), new Paragraph(element.text()));
            return item;
        }
        TextField elementTitle = new TextField(getTranslation("authoring.elementName"));
        elementTitle.setValue(element.name());
        Forms.limit(elementTitle, Intervention.NAME_MAX);
        elementTitle.setWidthFull();
        TextArea text = new TextArea(getTranslation("authoring.elementText"));
        text.setValue(element.text() == null ? "" : element.text());
        Forms.limit(text, Intervention.TEXT_MAX);
        text.setWidthFull();
        Button save = new Button(getTranslation("action.save"), e -> act(() -> authoring.updateElement(projectId,
                element.id(), elementTitle.getValue(), text.getValue()), Map.of("elementName", elementTitle, "elementText", text)));
        Button up = iconButton(VaadinIcon.ARROW_UP, "authoring.up", element,
                () -> authoring.moveElement(projectId, element.id(), -1));
        up.setEnabled(index > 0);
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "authoring.down", element,
                () -> authoring.moveElement(projectId, element.id(), 1));
        down.setEnabled(index < count - 1);
        Button remove = iconButton(VaadinIcon.TRASH, "authoring.remove", element,
                () -> authoring.removeElement(projectId, element.id()));
        HorizontalLayout buttons = new HorizontalLayout(save, up, down, remove);
        item.add(new H4((index + 1) + ". " + element.name()), elementTitle, text, buttons);
        return item;
    }

    private Button iconButton(VaadinIcon icon, String key, ElementText element, Runnable action) {
        Button button = new Button(icon.create(), e -> act(action, Map.of()));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation(key) + ": " + element.name());
        button.setTooltipText(getTranslation(key));
        return button;
    }

    private Div section(String key, Component... content) {
        Div section = new Div(new H3(getTranslation(key)));
        section.add(content);
        section.addClassName("portal-section");
        section.setWidthFull();
        return section;
    }

    private void confirmStart() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("authoring.startTrialTitle"));
        dialog.setText(getTranslation("authoring.startTrialText", current.elements().size()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("authoring.startTrial"));
        dialog.addConfirmListener(e -> act(() -> authoring.startTrial(projectId), Map.of()));
        dialog.open();
    }

    private void act(Runnable change, Map<String, ? extends com.vaadin.flow.component.HasValidation> fields) {
        try {
            change.run();
            show();
            Forms.success(getTranslation("projects.saved"));
        } catch (ValidationFailedException invalid) {
            Forms.showServiceErrors(invalid, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authoring.pageTitle");
    }
}
