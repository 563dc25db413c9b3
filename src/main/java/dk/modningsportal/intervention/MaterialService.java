package dk.modningsportal.intervention;

import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.ValidationFailedException;
import dk.modningsportal.project.WorkspaceAccess;
import dk.modningsportal.security.CurrentUser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The files of an intervention version. Consultants upload; everyone who may read the version downloads. */
@Service
@Transactional
public class MaterialService {

    public record MaterialRow(long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt) {
    }

    public record Download(String fileName, String contentType, byte[] data) {
    }

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Map<String, String> OFFICE_FOLDER = Map.of(DOCX, "word/", PPTX, "ppt/", XLSX, "xl/");
    /** The kinds of file allowed, each with the name endings it may have: a PNG called .pdf is refused. */
    private static final Map<String, Set<String>> ALLOWED = Map.of("application/pdf", Set.of("pdf"), DOCX, Set.of("docx"),
            PPTX, Set.of("pptx"), XLSX, Set.of("xlsx"), "image/png", Set.of("png"), "image/jpeg", Set.of("jpg", "jpeg"),
            "image/gif", Set.of("gif"), "image/webp", Set.of("webp"));
    /** An office file is unpacked to check it, but never beyond this: a small file that unpacks to gigabytes is refused. */
    static final long MAX_UNPACKED = 50L * 1024 * 1024;
    static final int MAX_ENTRIES = 5_000;

    private final MaterialRepository materials;
    private final InterventionCatalog catalog;
    private final WorkspaceAccess workspaceAccess;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Tika tika = new Tika();

    private final org.springframework.context.ApplicationEventPublisher events;

    MaterialService(MaterialRepository materials, InterventionCatalog catalog, WorkspaceAccess workspaceAccess,
            CurrentUser currentUser, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.materials = materials;
        this.catalog = catalog;
        this.workspaceAccess = workspaceAccess;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MaterialRow> list(long workspaceId, long versionId) {
        catalog.visibleVersion(workspaceId, versionId);
        return materials.findRows(versionId);
    }

    /** Stores a file for the version, if it is a consultant's and the content is a permitted kind. */
    public MaterialRow upload(long workspaceId, long versionId, String fileName, byte[] data) {
        InterventionVersion version = catalog.visibleVersion(workspaceId, versionId);
        workspaceAccess.requireConsultantOfOpen(version.getIntervention().getProjectId());
        return store(version, fileName, data);
    }

    /** Stores a file for a version whose writer the caller has checked. */
    MaterialRow store(InterventionVersion version, String fileName, byte[] data) {
        if (data.length == 0 || data.length > Material.MAX_BYTES) {
            throw new ValidationFailedException(Map.of("file", "material.tooLarge"));
        }
        String type = contentType(fileName, data);
        Material material = materials.save(new Material(version, fileName, type, data,
                currentUser.require().id(), clock.instant()));
        return new MaterialRow(material.getId(), fileName, type, data.length, material.getUploadedAt());
    }

    /** The files of a version, for a caller that checked the reader (authoring). */
    List<MaterialRow> rowsOf(long versionId) {
        return materials.findRows(versionId);
    }

    @Transactional(readOnly = true)
    public Download download(long workspaceId, long materialId) {
        Material material = materials.findWithVersion(materialId)
                .orElseThrow(() -> new NotFoundException("error.accessRefused", "No material " + materialId));
        catalog.visibleVersion(workspaceId, material.getInterventionVersion().getId());
        return new Download(material.getFileName(), material.getContentType(), material.getData());
    }

    /** The type read from the bytes; office files must also be the zip package their type promises. */
    String contentType(String fileName, byte[] data) {
        String detected = tika.detect(data, fileName);
        if (!ALLOWED.containsKey(detected) || (OFFICE_FOLDER.containsKey(detected) && !isOfficePackage(data,
                OFFICE_FOLDER.get(detected)))) {
            throw new ValidationFailedException(Map.of("file", "material.typeRefused"));
        }
        String ending = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1)
                .toLowerCase(java.util.Locale.ROOT) : "";
        if (!ALLOWED.get(detected).contains(ending)) {
            throw new ValidationFailedException(Map.of("file", "material.nameMismatch"));
        }
        return detected;
    }

    /** Removes a file of a version, by those who may upload to it. */
    public void remove(long workspaceId, long materialId) {
        Material material = materials.findWithVersion(materialId)
                .orElseThrow(() -> new NotFoundException("error.accessRefused", "No material " + materialId));
        InterventionVersion version = catalog.visibleVersion(workspaceId, material.getInterventionVersion().getId());
        workspaceAccess.requireConsultantOfOpen(version.getIntervention().getProjectId());
        materials.delete(material);
        events.publishEvent(dk.modningsportal.audit.Audited.of(dk.modningsportal.audit.AuditAction.DELETED, "MATERIAL",
                materialId, material.getFileName(), null));
    }

    /** Whether the bytes are the zip package the type promises, reading at most MAX_UNPACKED of unpacked data. */
    private static boolean isOfficePackage(byte[] data, String folder) {
        boolean contentTypes = false;
        boolean part = false;
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    return false;
                }
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                part |= entry.getName().startsWith(folder);
                // The next entry is reached by unpacking this one: count what that costs, and stop in time.
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    unpacked += read;
                    if (unpacked > MAX_UNPACKED) {
                        return false;
                    }
                }
            }
        } catch (IOException notAZip) {
            return false;
        }
        return contentTypes && part;
    }
}
