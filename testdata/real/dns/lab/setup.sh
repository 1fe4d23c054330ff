#!/bin/sh
# Rebuild the DNS lab of testdata/real/dns (by hand, never in CI):
# NSD on 127.0.0.1:25353 (authoritative: example.test signed, with the
# subzones bogus. (records changed after signing), expired. (signatures
# expired in 2020) and nods. (signed, no DS in the parent), plain.test unsigned), Unbound on 127.0.0.1:25354
# (validating, trust anchor for example.test, ede: yes) and 127.0.0.1:25355
# (the same with ede: no). The zone files here are the unsigned sources;
# the TLSA and DKIM data in them belong to mx.example.test.crt/.key and a
# throw-away DKIM key. Run from an empty directory:
#   sh setup.sh /path/to/testdata/real/dns/lab
set -e
SRC=$1
LAB=$(pwd)
cp "$SRC"/*.zone .
for f in nsd.conf unbound.conf unbound2.conf; do sed "s#LAB#$LAB#g" "$SRC/$f" > "$f"; done
for z in example.test bogus.example.test expired.example.test nods.example.test; do
  echo "$(ldns-keygen -a ECDSAP256SHA256 -k $z) $(ldns-keygen -a ECDSAP256SHA256 $z)" > $z.keys
done
# DS records of the subzones in the parent (replacing the recorded ones)
sed -i '/IN\s*DS\s/d' example.test.zone
cat Kbogus.example.test.*.ds Kexpired.example.test.*.ds >> example.test.zone
ldns-signzone -o example.test -f example.test.zone.signed example.test.zone $(cat example.test.keys)
ldns-signzone -o bogus.example.test -f bogus.example.test.zone.signed bogus.example.test.zone $(cat bogus.example.test.keys)
ldns-signzone -o expired.example.test -i 20200101000000 -e 20200201000000 -f expired.example.test.zone.signed expired.example.test.zone $(cat expired.example.test.keys)
# nods.example.test: signed, delegated without DS (insecure)
ldns-signzone -o nods.example.test -f nods.example.test.zone.signed nods.example.test.zone $(cat nods.example.test.keys)
# break the bogus zone: change signed data
sed -i 's/^\(mx\.bogus\.example\.test\.\s.*IN\s*A\s*\)127\.0\.0\.1/\1127.0.0.2/; s/"v=spf1 -all"/"v=spf1 +all"/' bogus.example.test.zone.signed
grep -E "DNSKEY\s+257" example.test.zone.signed | head -1 > ta.key
nsd -c nsd.conf
unbound -c unbound.conf
unbound -c unbound2.conf
echo "NSD 127.0.0.1:25353, Unbound 127.0.0.1:25354 (EDE) and :25355 (no EDE); stop with: kill \$(cat nsd.pid unbound.pid unbound2.pid)"
