#!/bin/sh
# Makes target/runtime/, the Java runtime of the self-contained archive (ebook-builder-<version>-linux-x64.tar.gz):
# jlink with the modules that jdeps finds the tool's jar and the EPUBCheck jar need (so that the EPUBCheck archive works
# with it too), plus the modules reached only through services or by commands jdeps cannot see:
#   jdk.localedata   month names of every language (dates on the title page and the colophon)
#   jdk.charsets     the encodings beyond those of java.base
#   jdk.httpserver   the serve command
#   jdk.zipfs        zip file systems
# The list used is written to target/runtime-modules.txt. Run by mvn package (execution runtime-image of the pom) with
# the JDK of the property runtime.jdk: Temurin 25 when it is installed (its libraries are its own: libjpeg, lcms and
# zlib are not taken from the system, as Debian's OpenJDK takes them, and Java 25 starts from an AOT cache), else the
# JDK running Maven.
#
#   runtime-image.sh JDK_HOME TARGET_DIR JAR...
set -eu
jdk=$1
target=$2
shift 2
out=$target/runtime
rm -rf "$out"
mkdir -p "$target"
# jdeps prints its warnings (the split packages of xml-apis in EPUBCheck's jar) before the list, on the same stream
found=$("$jdk/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps "$@" | tail -n 1)
modules=$found,jdk.localedata,jdk.charsets,jdk.httpserver,jdk.zipfs
printf '%s\n' "$modules" > "$target/runtime-modules.txt"
version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
# from the JDK's jmods when it has them, else from its own run-time image (JEP 493, Temurin 24 and later)
if [ -d "$jdk/jmods" ]; then set -- --module-path "$jdk/jmods"; else set --; fi
# Java 17 to 24: the JDK's own classes archived as in a full JDK (-Xshare:auto maps them), under the launcher's dynamic
# archive. Java 25 and later: none (28 MB), as the launcher's AOT cache holds the JDK's classes the tool uses too
if [ "$version" -lt 25 ]; then set -- "$@" --generate-cds-archive; fi
# no --compress: the classes are read without inflating them, as from a JDK's own image, and the archive's gzip
# compresses them better as one stream (43 MB against 51 MB for the runtime; 122 MB unpacked against 75 MB)
"$jdk/bin/jlink" "$@" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --output "$out"
echo "runtime-image: Java $version runtime with $modules"
