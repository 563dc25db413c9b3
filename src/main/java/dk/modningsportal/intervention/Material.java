package dk.modningsportal.intervention;

import dk.modningsportal.base.AbstractEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A file belonging to a version of the intervention: guides, slides, forms. */
@Entity
@Table(name = "material")
public class Material extends AbstractEntity {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "intervention_version_id", nullable = false)
    private InterventionVersion interventionVersion;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    @dk.modningsportal.base.NotFreeText
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "data", nullable = false)
    private byte[] data;

    /** Who uploaded it (an account of the security module, by id). */
    @Column(name = "uploaded_by_id", nullable = false)
    private long uploadedById;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Material() {
    }

    Material(InterventionVersion interventionVersion, String fileName, String contentType, byte[] data,
            long uploadedById, Instant uploadedAt) {
        this.interventionVersion = interventionVersion;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = data.length;
        this.data = data;
        this.uploadedById = uploadedById;
        this.uploadedAt = uploadedAt;
    }

    public InterventionVersion getInterventionVersion() {
        return interventionVersion;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getData() {
        return data;
    }

    public long getUploadedById() {
        return uploadedById;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
