package org.exhibit.store;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Which documents this importer is working on, told to the other importers of the same PostgreSQL server through
 * session advisory locks keyed by the document's name, so that importers given the same corpus share it out instead of
 * each parsing every document: a document another importer has claimed is put off until the end, when it is most
 * likely stored (and then found unchanged without being parsed). A claim is released once the document is committed
 * or failed, and by the server when the importer's connection ends, killed or not. Claims only spare work: whether a
 * document is stored once is decided by the writing transaction. On H2, whose file one process holds, every claim is
 * granted.
 */
final class DocumentClaims {

    private final Connection connection;
    private final boolean shared;
    private final Set<Long> held = new HashSet<>();

    /** Claims made on {@code connection}, the importer's writing connection. */
    DocumentClaims(Connection connection) {
        this.connection = connection;
        this.shared = Engine.of(connection) == Engine.POSTGRES;
    }

    /** Claims the document {@code name}; false when another importer holds it now. */
    boolean claim(String name) {
        if (!shared) {
            return true;
        }
        long key = key(name);
        if (held.contains(key)) {
            return true;
        }
        try (PreparedStatement s = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            s.setLong(1, key);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    held.add(key);
                    return true;
                }
                return false;
            }
        } catch (SQLException e) {
            return true; // a claim that cannot be asked for is taken: the writing transaction still decides
        }
    }

    /** Releases the claim on the document {@code name}, once it is committed or failed. */
    void release(String name) {
        if (!shared || !held.remove(key(name))) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            s.setLong(1, key(name));
            s.executeQuery().close();
        } catch (SQLException e) {
            // The server releases it when the connection ends; until then another importer only waits a little longer.
        }
    }

    /** The lock key of a document: the first 64 bits of the SHA-256 of its name with a prefix of exhibit's own. */
    static long key(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("exhibit document " + name).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
