# git -- git init, add, commit, tag, a local clone over the pack
# protocol (upload-pack, pack-objects, index-pack: libz), log, archive
# (gzip by git's own zlib code), fsck.  Fixed identities and dates make
# every hash reproducible; HOME is the run directory (no user config).
# The index files (inode numbers and timestamps) are removed at the end.
# needs: git
# expect: fsck: ok

export LC_ALL=C TZ=UTC0 GIT_CONFIG_NOSYSTEM=1 XDG_CONFIG_HOME=$HOME/.config
export GIT_AUTHOR_NAME='A U Thor' GIT_AUTHOR_EMAIL=author@example.org
export GIT_COMMITTER_NAME='C O Mitter' GIT_COMMITTER_EMAIL=committer@example.org
export GIT_AUTHOR_DATE='2021-01-02T03:04:05+0000' GIT_COMMITTER_DATE='2021-01-02T03:04:05+0000'
git config --global init.defaultBranch main
git config --global pack.threads 1
git init -q repo && cd repo || exit 1
cp -R "$WS_DATA/tree" tree && cp "$WS_DATA/words.txt" .
git add . && git commit -q -m 'first: a tree and the words'
sed -n '1,5000p' words.txt > words.head && git rm -q words.txt && git add words.head
GIT_COMMITTER_DATE='2021-01-03T00:00:00+0000' git commit -q -m 'second: fewer words'
git tag -a v1 -m 'version 1'
git log --stat --format='%H %an %ad %s' --date=iso-strict
git rev-parse HEAD HEAD^{tree} v1
git archive --format=tar.gz --prefix=r/ -o ../archive.tgz v1
cd .. && git clone -q --no-local repo clone
git -C clone log --oneline --decorate
git -C clone fsck --full --no-progress --strict && echo "fsck: ok"
git -C clone diff --stat HEAD~1 HEAD
git -C clone count-objects -v | grep -v -e size -e prune
gzip -dc archive.tgz | tar tf - | wc -l
rm -f repo/.git/index clone/.git/index
