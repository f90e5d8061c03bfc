// vcsim for vcgen's tests: govmomi's vCenter simulator (VPX model) with the vAPI REST endpoints
// of govmomi/vapi/simulator, on 127.0.0.1 and a free port. Prints one JSON line on stdout,
//
//	{"url":"http://127.0.0.1:PORT","username":"user","password":"pass"}
//
// (plus "cert", the PEM of a fresh self-signed certificate, with -tls), then serves until its
// standard input closes or it is killed. Built by build.sh against Debian's packaged govmomi
// (GOPATH mode, offline); see build.sh.
package main

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"flag"
	"fmt"
	"io"
	"io/ioutil"
	"log"
	"math/big"
	"net"
	"net/url"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/vmware/govmomi/simulator"
	_ "github.com/vmware/govmomi/vapi/simulator" // registers /rest (vAPI) on VPX models
)

type ready struct {
	URL      string `json:"url"`
	Username string `json:"username"`
	Password string `json:"password"`
	Cert     string `json:"cert,omitempty"`
}

func main() {
	useTLS := flag.Bool("tls", false, "serve HTTPS with a self-signed certificate (printed as \"cert\")")
	username := flag.String("username", "user", "user name the SOAP SDK accepts (vAPI accepts any non-empty pair)")
	password := flag.String("password", "pass", "password the SOAP SDK accepts")
	quiet := flag.Bool("quiet", true, "discard the simulator's log output")
	flag.Parse()
	if *quiet {
		log.SetOutput(ioutil.Discard)
	}

	model := simulator.VPX()
	defer model.Remove()
	if err := model.Create(); err != nil {
		fmt.Fprintln(os.Stderr, "vcsim: create model:", err)
		os.Exit(1)
	}
	model.Service.RegisterEndpoints = true
	model.Service.Listen = &url.URL{Host: "127.0.0.1:0", User: url.UserPassword(*username, *password)}
	if *useTLS {
		cert, err := selfSigned()
		if err != nil {
			fmt.Fprintln(os.Stderr, "vcsim: certificate:", err)
			os.Exit(1)
		}
		model.Service.TLS = &tls.Config{Certificates: []tls.Certificate{cert}}
	}
	server := model.Service.NewServer()
	defer server.Close()

	out := ready{
		URL:      server.URL.Scheme + "://" + server.URL.Host,
		Username: *username,
		Password: *password,
	}
	if *useTLS {
		out.Cert = string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: server.Certificate().Raw}))
	}
	line, err := json.Marshal(out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "vcsim:", err)
		os.Exit(1)
	}
	fmt.Println(string(line))

	done := make(chan struct{})
	go func() {
		_, _ = io.Copy(ioutil.Discard, os.Stdin)
		close(done)
	}()
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	select {
	case <-done:
	case <-sig:
	}
}

// selfSigned makes a fresh P-256 certificate for 127.0.0.1 that is its own CA (govmomi's
// built-in test certificate has a 1024-bit RSA key, which TLS clients may refuse).
func selfSigned() (tls.Certificate, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, err
	}
	serial, err := rand.Int(rand.Reader, big.NewInt(1<<62))
	if err != nil {
		return tls.Certificate{}, err
	}
	template := x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{CommonName: "vcsim 127.0.0.1"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IPAddresses:           []net.IP{net.ParseIP("127.0.0.1")},
	}
	der, err := x509.CreateCertificate(rand.Reader, &template, &template, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, err
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, nil
}
