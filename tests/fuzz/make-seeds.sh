#!/usr/bin/env bash
# Builds the seed corpora of the fuzz targets from the bundled course (content/) and the broken-file
# corpus (tests/data/content-errors): make-seeds.sh OUT_DIR → OUT_DIR/<target>/<seed files>.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:?usage: make-seeds.sh OUT_DIR}"
rm -rf "$out"
mkdir -p "$out"/{lesson,quiz,scenario,manifest,validator}

# seed TARGET FILE: copies FILE under a name made from its path (unique, readable).
seed() {
  local name="${2#"$here"/}"
  cp "$2" "$out/$1/${name//\//_}"
}

while IFS= read -r -d '' f; do seed lesson "$f"; done \
  < <(find "$here/content" "$here/tests/data/content-errors" -path '*/lessons/*.md' -print0)
while IFS= read -r -d '' f; do seed quiz "$f"; done \
  < <(find "$here/content" "$here/tests/data/content-errors" -path '*/quizzes/*.yaml' -print0)
while IFS= read -r -d '' f; do seed scenario "$f"; done \
  < <(find "$here/content" "$here/tests/data/content-errors" -path '*/scenarios/*.yaml' -print0)
while IFS= read -r -d '' f; do seed manifest "$f"; done \
  < <(find "$here/content" "$here/tests/data/content-errors" -name course.yaml -print0)
# The Markdown test pages, behind a valid front matter.
for f in "$here"/tests/data/markdown/*.md; do
  { printf -- '---\nid: fuzz\ntitle: T\nmodule: basics\nsummary: S\nminutes: 5\n---\n'; cat "$f"; } \
    > "$out/lesson/markdown_$(basename "$f")"
done

# Validator seeds: a content folder packed as "<path>\n<content>" sections separated by NUL bytes.
# pack OUT ROOT...: every file under each ROOT (later roots replace earlier files of the same path).
pack() {
  local target="$1"; shift
  declare -A files=()
  local root rel
  for root in "$@"; do
    while IFS= read -r -d '' f; do
      rel="${f#"$root"/}"
      files["$rel"]="$f"
    done < <(find "$root" -type f ! -name expected.txt ! -name setup.txt ! -name '*.fail' -print0)
  done
  : > "$target"
  for rel in $(printf '%s\n' "${!files[@]}" | sort); do
    printf '%s\n' "$rel" >> "$target"
    # Binary files (images) would break the NUL separators: the loader checks only their size.
    if [ "$(tr -d '\000' < "${files[$rel]}" | wc -c)" -eq "$(wc -c < "${files[$rel]}")" ]; then
      cat "${files[$rel]}" >> "$target"
    else
      printf 'image\n' >> "$target"
    fi
    printf '\0' >> "$target"
  done
}
errors="$here/tests/data/content-errors"
pack "$out/validator/base" "$errors/base"
for case in "$errors"/*/; do
  case="${case%/}"
  [ "$(basename "$case")" = base ] && continue
  pack "$out/validator/$(basename "$case")" "$errors/base" "$case"
done
# A slice of the bundled course in both locales (the whole course is too large to mutate quickly).
slice="$(mktemp -d)"
trap 'rm -rf "$slice"' EXIT
for locale in zh-CN en; do
  mkdir -p "$slice/$locale"/{lessons,quizzes,scenarios,phrasebook}
  cp "$here/content/$locale/course.yaml" "$slice/$locale/"
  for f in $(ls "$here/content/$locale/lessons" | head -3); do cp "$here/content/$locale/lessons/$f" "$slice/$locale/lessons/"; done
  for f in $(ls "$here/content/$locale/quizzes" | head -2); do cp "$here/content/$locale/quizzes/$f" "$slice/$locale/quizzes/"; done
  for f in $(ls "$here/content/$locale/scenarios" | head -1); do cp "$here/content/$locale/scenarios/$f" "$slice/$locale/scenarios/"; done
  for f in $(ls "$here/content/$locale/phrasebook" | head -1); do cp "$here/content/$locale/phrasebook/$f" "$slice/$locale/phrasebook/"; done
done
pack "$out/validator/bundled-slice" "$slice"
for t in lesson quiz scenario manifest validator; do
  printf '%s: %s seeds\n' "$t" "$(ls "$out/$t" | wc -l)"
done
