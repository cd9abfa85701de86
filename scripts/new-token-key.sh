#!/usr/bin/env bash
# A new ES256 (EC P-256) token key pair in the form the hosts read (decision 011), printed as the two
# variables to export: Auth__SigningKey (the private JWK: the gateway only, a Secret in Kubernetes)
# and Auth__PublicKeys (a JWK Set: every host). To rotate, append the new public JWK to every
# host's set, switch the gateway's Auth__SigningKey, wait one token lifetime, drop the old key.
#   scripts/new-token-key.sh [kid]      (needs openssl and coreutils' basenc)
set -euo pipefail
kid=${1:-key-$(date -u +%Y%m%d%H%M%S)}
der=$(mktemp)  # created 0600
trap 'rm -f "$der"' EXIT
openssl ecparam -name prime256v1 -genkey -noout | openssl ec -outform DER -out "$der" 2>/dev/null
# RFC 5915 ECPrivateKey of P-256 with the named curve is 121 bytes: d at offset 7, then 04 ‖ x ‖ y at 56.
[ "$(stat -c %s "$der")" = 121 ] || { echo "unexpected key encoding from openssl" >&2; exit 1; }
part() { tail -c +$(($1 + 1)) "$der" | head -c 32 | basenc --base64url | tr -d '=\n'; }
public="{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"$kid\",\"use\":\"sig\",\"alg\":\"ES256\",\"x\":\"$(part 57)\",\"y\":\"$(part 89)\"}"
echo "export Auth__SigningKey='${public%\}},\"d\":\"$(part 7)\"}'"
echo "export Auth__PublicKeys='{\"keys\":[$public]}'"
