#!/usr/bin/env bash
# Builds Fovea's Linux packages into installers/target/packages: the .deb, the .rpm and the portable
# AppImage-style folder (.tar.xz), each with its own trimmed Java runtime.
# Needs a JDK 25 (JAVA_HOME), fakeroot and dpkg-deb for the .deb, rpmbuild for the .rpm
# (Debian: apt-get install fakeroot rpm). Arguments go to the packager, e.g. --type deb --verbose;
# --help lists them.
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -q -B -DskipTests -pl installers -am package
exec "$JAVA_HOME/bin/java" -jar installers/target/fovea-installers.jar "$@"
