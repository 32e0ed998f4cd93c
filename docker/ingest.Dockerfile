# The ingest service: polls the outlets' feeds and puts each article on news.articles.
# Build from the repository root: docker build -f docker/ingest.Dockerfile -t newswatch/ingest .
#
# The build stage is the same in the three service Dockerfiles, so Docker builds it once and
# the three images share it; each image then runs one subcommand of the newswatch launcher
# (`newswatch ingest`), configured only by the environment.

FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY common/pom.xml common/
COPY common/src/ common/src/
COPY embedded-kafka/pom.xml embedded-kafka/
COPY embedded-kafka/src/ embedded-kafka/src/
COPY ingest-service/pom.xml ingest-service/
COPY ingest-service/src/ ingest-service/src/
COPY enrich-service/pom.xml enrich-service/
COPY enrich-service/src/ enrich-service/src/
COPY alert-service/pom.xml alert-service/
COPY alert-service/src/ alert-service/src/
COPY cli/pom.xml cli/
COPY cli/src/ cli/src/
# Tests run in CI (./mvnw verify), not in the image build.
RUN ./mvnw -B -q -Dmaven.test.skip=true -pl cli -am package \
 && mkdir -p /out/lib \
 && cp cli/target/lib/*.jar cli/target/newswatch-cli-*.jar /out/lib/

FROM eclipse-temurin:21-jre
RUN groupadd --system --gid 10001 newswatch \
 && useradd --system --uid 10001 --gid newswatch --home-dir /opt/newswatch --shell /usr/sbin/nologin newswatch \
 && mkdir -p /var/lib/newswatch/enrich /var/lib/newswatch/alert \
 && chown -R newswatch:newswatch /var/lib/newswatch
WORKDIR /opt/newswatch
COPY --from=build /out/lib/ lib/
COPY seeds/ seeds/
COPY docker/healthcheck.sh /usr/local/bin/newswatch-healthcheck
ENV NEWSWATCH_HOME=/opt/newswatch
USER newswatch
EXPOSE 9401
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=6 CMD ["newswatch-healthcheck", "9401"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-cp", "/opt/newswatch/lib/*", "io.newswatch.cli.Newswatch"]
CMD ["ingest"]
