package dev.steward.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Who has a register open for writing. An OS lock on a side file (not the database itself: POSIX
 * locks are per process, and closing any descriptor on SQLite's file would drop SQLite's own locks).
 * The OS releases the lock when a process dies, so a crash never leaves a register locked.
 */
final class RegisterLock implements AutoCloseable {
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private RegisterLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path register) {
        return register.resolveSibling(register.getFileName() + ".lock");
    }

    /** The lock, or empty with the holder's description when another process has it. */
    static Optional<RegisterLock> tryAcquire(Path register) throws IOException {
        Path lockFile = lockFileOf(register);
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null; // held by this same JVM: a second window on the same file
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        channel.truncate(0);
        String holder = "pid " + ProcessHandle.current().pid() + ", user " + System.getProperty("user.name") + "\n";
        channel.write(java.nio.ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
        return Optional.of(new RegisterLock(lockFile, channel, lock));
    }

    static String describeHolder(Path register) {
        try {
            String text = Files.readString(lockFileOf(register), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "another process" : "another process (" + text + ")";
        } catch (IOException e) {
            return "another process";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
            Files.deleteIfExists(lockFile);
        } catch (IOException ignored) {
            // the OS drops the lock with the descriptor; a leftover file is harmless
        }
    }
}
