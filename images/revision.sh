# Sourced by build-images.sh and run-tests.sh: the git revision the images are labelled and tagged with, as Maven
# arguments in the array image_revision_args (the revision, its 12-character form, whether the tree is dirty and,
# when the clone has one, the origin's URL as the source label).
image_revision=$(git rev-parse HEAD 2>/dev/null || echo unknown)
image_dirty=false
[ -z "$(git status --porcelain --untracked-files=no 2>/dev/null)" ] || image_dirty=true
image_revision_args=(-Dgit.commit.id="$image_revision" -Dgit.commit.id.abbrev="${image_revision:0:12}"
  -Dgit.dirty="$image_dirty")
image_source_url=$(git config --get remote.origin.url 2>/dev/null || true)
[ -z "$image_source_url" ] || image_revision_args+=(-Dimage.source="$image_source_url")
