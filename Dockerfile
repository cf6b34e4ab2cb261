# syntax=docker/dockerfile:1

# ---- build: compile and package the shaded jar ------------------------------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
# The Maven wrapper downloads Maven itself (the JDK image has no curl or wget, so it uses
# its Java fallback). The cache mount keeps ~/.m2 between builds; it is not part of the image.
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw && ./mvnw -B -q -DskipTests clean package

# ---- runtime ------------------------------------------------------------------------------
FROM eclipse-temurin:25-jre

# A fixed, unprivileged user. Running as root would also break the embedded PostgreSQL
# (PostgreSQL refuses to run as root, and the `unshare` workaround is usually blocked by
# Docker's default seccomp profile).
RUN groupadd --system --gid 10001 parley \
 && useradd --system --uid 10001 --gid parley --home-dir /var/lib/parley --no-create-home \
            --shell /usr/sbin/nologin parley \
 && mkdir -p /app/cds /var/lib/parley \
 && chown parley:parley /var/lib/parley /app/cds \
 && chmod 700 /var/lib/parley

COPY --from=build /src/bootstrap/target/parley.jar /app/parley.jar

ENV PARLEY_DATA_DIR=/var/lib/parley \
    PARLEY_PORT=8080
# Holds <data dir>/jwt-secret when PARLEY_JWT_SECRET is not set, and the embedded
# PostgreSQL cluster (<data dir>/postgres) when PARLEY_DB_URL is not set.
VOLUME ["/var/lib/parley"]

USER parley
WORKDIR /var/lib/parley
EXPOSE 8080

# The image has neither curl nor wget, so the check speaks HTTP through bash's /dev/tcp.
# Healthy only when GET /health answers 200 (it answers 503 while the database is down).
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${PARLEY_PORT:-8080} && printf "GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n" >&3 && IFS= read -r status <&3 && case "$status" in *" 200 "*) exit 0;; *) exit 1;; esac'

# Class data sharing (docs/operations.md): a container's first stop writes the loaded classes to /app/cds, and its
# later starts map them from there instead of reading the jar (about half the cold start); a stale archive is rewritten.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+AutoCreateSharedArchive", \
            "-XX:SharedArchiveFile=/app/cds/parley.jsa", "-jar", "/app/parley.jar"]
