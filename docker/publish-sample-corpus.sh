#!/bin/sh
# Publishes the bundled sample corpus in the order of its corpus.index, as `escmon local` does.
#
#   publish-sample-corpus.sh [publish options]      e.g.  publish-sample-corpus.sh -b kafka:19092
#
# `escmon publish FOLDER` refuses a second record with the same id within one run, and the corpus carries a
# correction on purpose (a later version of an article under the same id): so a new `publish` run starts
# at each id already published in the current one, keeping the corpus order. Republishing is an upsert:
# nothing is counted twice. Exit status: the first failing `publish` run's, else 0.
# ESCMON_CORPUS_DIR (default /app/sample-corpus) and ESCMON_JAR (default /app/escmon.jar) locate the files.
set -eu

corpus="${ESCMON_CORPUS_DIR:-/app/sample-corpus}"
jar="${ESCMON_JAR:-/app/escmon.jar}"
cd "$corpus"

batch=""
seen=" "
flush() {
    if [ -n "$batch" ]; then
        # corpus file names have no spaces: $batch is split on purpose
        # shellcheck disable=SC2086
        java -jar "$jar" publish "$@" $batch < /dev/null
    fi
    batch=""
    seen=" "
}

while IFS= read -r file || [ -n "$file" ]; do
    [ -n "$file" ] || continue
    # the article's explicit id, from its front matter (files without one get an id derived by publish)
    id=$(sed -n -e '1{/^---/!q;}' -e '2,/^---/{s/^id:[[:space:]]*//p;}' "$file" | head -n 1 \
        | tr -d '\r' | sed -e 's/[[:space:]]*$//' -e "s/^[\"']//" -e "s/[\"']\$//")
    if [ -n "$id" ]; then
        case "$seen" in
            *" $id "*) flush "$@" ;;
        esac
        seen="$seen$id "
    fi
    batch="$batch $file"
done < corpus.index
flush "$@"
