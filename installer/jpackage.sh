#!/usr/bin/env bash
# Packages the shaded jar with jpackage. Usage: installer/jpackage.sh [app-image|deb|rpm]
# .deb needs fakeroot and binutils (apt-get install fakeroot binutils).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
type="${1:-app-image}"
jar="$here/../app/target/cluster-composer.jar"
[ -f "$jar" ] || { echo "jpackage.sh: $jar is missing: run 'mvn -DskipTests package' first" >&2; exit 1; }
rm -rf "$here/target/input" "$here/target/dist"
mkdir -p "$here/target/input" "$here/target/dist"
cp "$jar" "$here/target/input/"
extra=()
if [ "$type" = deb ]; then extra+=(--linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Development); fi
jpackage --type "$type" --name cluster-composer --app-version 0.1.0 \
  --vendor "Cluster Composer" --description "Design clusters that stack VMs and SSI layers" \
  --input "$here/target/input" --main-jar cluster-composer.jar \
  --main-class org.clustercomposer.app.Launcher \
  --java-options "-Xmx4g" --dest "$here/target/dist" "${extra[@]}"
echo "jpackage.sh: wrote $(ls "$here/target/dist")"
